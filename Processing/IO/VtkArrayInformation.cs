using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO;

/// <summary>An array a file declares: its name, components and the type it is read into.</summary>
public sealed record VtkArrayInformation(string Name, int NumberOfComponents, ScalarType ScalarType);

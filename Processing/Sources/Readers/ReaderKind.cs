namespace OrleansPV.Processing.Sources.Readers;

/// <summary>What one of ParaView's reader proxies reads: its label, the data set type it insists on (null: any) and its file extensions.</summary>
public sealed record ReaderKind(string Label, string? DataSetType, IReadOnlyList<string> Extensions);

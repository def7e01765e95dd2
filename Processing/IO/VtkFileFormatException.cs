namespace OrleansPV.Processing.IO;

/// <summary>
/// A VTK file (legacy or XML) whose content is malformed, truncated or uses something this library
/// does not support. The message names the file, where (line or byte offset) and what was expected.
/// </summary>
public sealed class VtkFileFormatException : Exception
{
    public VtkFileFormatException(string fileName, string location, string problem, Exception? inner = null)
        : base($"{fileName}: {location}: {problem}", inner)
    {
        FileName = fileName;
        Location = location;
        Problem = problem;
    }

    public VtkFileFormatException()
    {
        FileName = Location = Problem = string.Empty;
    }

    public VtkFileFormatException(string message)
        : base(message)
    {
        FileName = Location = string.Empty;
        Problem = message;
    }

    public VtkFileFormatException(string message, Exception inner)
        : base(message, inner)
    {
        FileName = Location = string.Empty;
        Problem = message;
    }

    /// <summary>The file name the reader was given (for streams, the name the caller passed).</summary>
    public string FileName { get; }

    /// <summary>"line 12", "byte 4096" or the XML element.</summary>
    public string Location { get; }

    /// <summary>What was wrong, without the file and location.</summary>
    public string Problem { get; }
}

namespace OrleansPV.Processing.IO;

/// <summary>Checks <see cref="DataSetWriterOptions"/>; each error names the property, its value and the rule.</summary>
public static class DataSetWriterOptionsValidator
{
    public static void Validate(DataSetWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.BlockSize <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BlockSize, $"{nameof(DataSetWriterOptions)}.{nameof(DataSetWriterOptions.BlockSize)} is {options.BlockSize}; it must be positive.");
        }

        if (!Enum.IsDefined(options.Compressor))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Compressor, $"{nameof(DataSetWriterOptions)}.{nameof(DataSetWriterOptions.Compressor)} is {options.Compressor}; it must be None, ZLib or Lz4.");
        }

        if (!Enum.IsDefined(options.DataMode))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.DataMode, $"{nameof(DataSetWriterOptions)}.{nameof(DataSetWriterOptions.DataMode)} is {options.DataMode}; it must be Ascii, Binary or Appended.");
        }
    }
}

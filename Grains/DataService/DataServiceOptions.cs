using Microsoft.Extensions.Options;

namespace OrleansPV.Grains.DataService;

/// <summary>Limits and rates of the data service (section "OrleansPV:DataService").</summary>
public sealed class DataServiceOptions
{
    /// <summary>Largest data object FetchDataAsync sends to a client. Default 512 MiB.</summary>
    public long MaxFetchBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Size of one chunk of fetched data (each is one message). Default 1 MiB.</summary>
    public int FetchChunkBytes { get; set; } = 1024 * 1024;

    /// <summary>Least time between two intermediate progress events of one algorithm. Default 50 ms.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Longest an update waits for the session to pass on its caller's pushes (sent at the same time);
    /// past it the update fails with an error rather than holding the service. Default 30 s.
    /// </summary>
    public TimeSpan PushWaitTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Checks <see cref="DataServiceOptions"/>; errors name the property, the value and the rule.</summary>
internal sealed class DataServiceOptionsValidator : IValidateOptions<DataServiceOptions>
{
    public ValidateOptionsResult Validate(string? name, DataServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxFetchBytes < 1)
        {
            failures.Add($"DataService:MaxFetchBytes is {options.MaxFetchBytes}; it must be at least 1.");
        }

        if (options.FetchChunkBytes is < 1024 or > 16 * 1024 * 1024)
        {
            failures.Add($"DataService:FetchChunkBytes is {options.FetchChunkBytes}; it must be 1 KiB to 16 MiB (one message each).");
        }

        if (options.ProgressInterval < TimeSpan.Zero)
        {
            failures.Add($"DataService:ProgressInterval is {options.ProgressInterval}; it must not be negative.");
        }

        if (options.PushWaitTimeout <= TimeSpan.Zero)
        {
            failures.Add($"DataService:PushWaitTimeout is {options.PushWaitTimeout}; it must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

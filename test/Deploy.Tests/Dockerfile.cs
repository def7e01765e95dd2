using System.Text.Json;
using System.Text.RegularExpressions;

namespace OrleansPV.Deploy.Tests;

/// <summary>What deploy/Dockerfile says: its publish command, and the runtime stage's WORKDIR, ENV, USER and ENTRYPOINT.</summary>
public sealed partial class Dockerfile
{
    private Dockerfile(string[] publish, string publishOutput, string[] entrypoint, Dictionary<string, string> environment, string? user)
    {
        PublishArguments = publish;
        PublishOutput = publishOutput;
        Entrypoint = entrypoint;
        Environment = environment;
        User = user;
    }

    /// <summary>The arguments of <c>RUN dotnet publish …</c> after "dotnet".</summary>
    public string[] PublishArguments { get; }

    /// <summary>Its -o folder, which the runtime stage copies into its WORKDIR.</summary>
    public string PublishOutput { get; }

    public string[] Entrypoint { get; }

    public Dictionary<string, string> Environment { get; }

    public string? User { get; }

    public static Dockerfile Read()
    {
        string text = File.ReadAllText(Path.Combine(Manifests.DeployDirectory, "Dockerfile")).Replace("\\\n", " ", StringComparison.Ordinal);
        string[] lines = [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
        string run = lines.Single(l => l.StartsWith("RUN dotnet publish", StringComparison.Ordinal));
        string[] publish = run["RUN dotnet ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string output = publish[Array.IndexOf(publish, "-o") + 1];

        // The runtime stage: everything after the last FROM.
        string[] runtime = lines[(Array.FindLastIndex(lines, l => l.StartsWith("FROM ", StringComparison.Ordinal)) + 1)..];
        string entry = runtime.Single(l => l.StartsWith("ENTRYPOINT ", StringComparison.Ordinal))["ENTRYPOINT ".Length..];
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in runtime.Where(l => l.StartsWith("ENV ", StringComparison.Ordinal)))
        {
            foreach (Match pair in EnvPair().Matches(line["ENV ".Length..]))
            {
                environment[pair.Groups[1].Value] = pair.Groups[2].Value;
            }
        }

        string? user = runtime.LastOrDefault(l => l.StartsWith("USER ", StringComparison.Ordinal))?["USER ".Length..];
        return new Dockerfile(publish, output, JsonSerializer.Deserialize<string[]>(entry)!, environment, user);
    }

    [GeneratedRegex(@"(\S+?)=(\S+)")]
    private static partial Regex EnvPair();
}

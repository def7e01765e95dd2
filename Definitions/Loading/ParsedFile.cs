namespace OrleansPV.Definitions;

/// <summary>What one XML document declares: proxy elements, group links, and what was not understood.</summary>
internal sealed record ParsedFile(
    string SourceName,
    IReadOnlyList<RawProxy> Proxies,
    IReadOnlyList<(string Group, GroupEntry Entry)> GroupEntries,
    IgnoredElements Ignored);

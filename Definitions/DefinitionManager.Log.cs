using Microsoft.Extensions.Logging;

namespace OrleansPV.Definitions;

public sealed partial class DefinitionManager
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Loaded {Count} proxy definitions from {Source}")]
    private static partial void LogLoaded(ILogger logger, int count, string source);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "Ignored {Count} <{Element}> element(s) not understood by this version (first in {Source} line {Line})")]
    private static partial void LogIgnoredElement(ILogger logger, int count, string element, string source, int line);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug,
        Message = "Kept {Count} <{Element}> domain(s) without checking them (first in {Source} line {Line})")]
    private static partial void LogIgnoredDomain(ILogger logger, int count, string element, string source, int line);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Proxy definition {Group}.{Name} cannot be resolved yet: {Reason}")]
    private static partial void LogUnresolved(ILogger logger, string group, string name, string reason);
}

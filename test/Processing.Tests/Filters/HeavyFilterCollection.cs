using Xunit;

namespace OrleansPV.Processing.Tests.Filters;

/// <summary>Tests on 256^3 volumes that time themselves: run alone, not beside other tests.</summary>
[CollectionDefinition(nameof(HeavyFilterCollection), DisableParallelization = true)]
public sealed class HeavyFilterCollection;

using OrleansPV.Client;

namespace OrleansPV.ClientSdk.Isolation.Tests;

/// <summary>A program with the client SDK only: builtin:// needs the OrleansPV.Client.Builtin package.</summary>
public sealed class BuiltinWithoutPackageTests
{
    [Fact]
    public async Task Connecting_to_builtin_without_the_package_fails_naming_the_package()
    {
        ConnectionException error = await Assert.ThrowsAsync<ConnectionException>(() => Connection.ConnectAsync("builtin://"));

        Assert.Contains("OrleansPV.Client.Builtin", error.Message, StringComparison.Ordinal);
        Assert.Contains("ClientSdk.Builtin", error.Message, StringComparison.Ordinal);
        Assert.Contains("orleans://", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void This_program_carries_neither_the_builtin_host_nor_the_grains()
    {
        string folder = AppContext.BaseDirectory;

        Assert.True(File.Exists(Path.Combine(folder, "OrleansPV.Client.dll")));
        Assert.False(File.Exists(Path.Combine(folder, "OrleansPV.Client.Builtin.dll")));
        Assert.False(File.Exists(Path.Combine(folder, "OrleansPV.Grains.dll")));
        Assert.False(File.Exists(Path.Combine(folder, "OrleansPV.Processing.dll")));
    }
}

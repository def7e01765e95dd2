using System.Reflection;
using Microsoft.Extensions.Hosting;

namespace OrleansPV.Client;

/// <summary>
/// Finds builtin://'s silo host in the OrleansPV.Client.Builtin assembly (ClientSdk.Builtin project),
/// present when the program references that package; the core SDK does not reference it.
/// </summary>
internal static class BuiltinHosts
{
    public const string AssemblyName = "OrleansPV.Client.Builtin";
    private const string FactoryTypeName = "OrleansPV.Client.BuiltinHostFactory";

    private static readonly Lazy<IBuiltinHostFactory?> Factory = new(Locate);

    public static IHost Build(ConnectionOptions options)
    {
        IBuiltinHostFactory factory = Factory.Value ?? throw new ConnectionException(
            $"Cannot connect to '{ConnectionUri.BuiltinScheme}': an in-process silo needs the {AssemblyName} package " +
            $"(project ClientSdk.Builtin). Reference it from this program, or connect to orleans://host:port.");
        return factory.Build(options);
    }

    private static IBuiltinHostFactory? Locate()
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(new AssemblyName(AssemblyName));
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        Type type = assembly.GetType(FactoryTypeName, throwOnError: true)!;
        return (IBuiltinHostFactory)Activator.CreateInstance(type, nonPublic: true)!;
    }
}

using Microsoft.Extensions.Configuration;

namespace OrleansPV.Silo.Hosting;

/// <summary>
/// Reads one configuration section into its options class and checks it: a key the class does not
/// have (a typo) or a value out of range stops the silo at start with one message naming every
/// offending key, its value and the rule.
/// </summary>
internal static class SettingChecks
{
    public static T Load<T>(IConfiguration configuration, string section, Func<T, IEnumerable<string>> validate)
        where T : new()
    {
        var options = new T();
        try
        {
            configuration.GetSection(section).Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"Configuration section '{section}': {e.Message}{Environment.NewLine}{KnownKeys(section, typeof(T))}", e);
        }

        List<string> errors = [.. validate(options)];
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Invalid configuration:{Environment.NewLine}  {string.Join($"{Environment.NewLine}  ", errors)}");
        }

        return options;
    }

    public static IEnumerable<string> Port(string key, int value)
    {
        if (value is < 0 or > 65535)
        {
            yield return $"{key} is {value}; a port is 0 (any free port) to 65535.";
        }
    }

    public static IEnumerable<string> Between(string key, TimeSpan value, TimeSpan least, TimeSpan most)
    {
        if (value < least || value > most)
        {
            yield return $"{key} is {value}; it must be {least} to {most}.";
        }
    }

    private static string KnownKeys(string section, Type type) =>
        $"Keys of '{section}': {string.Join(", ", type.GetProperties().Where(p => p.CanWrite).Select(p => $"{section}:{p.Name}"))}.";
}

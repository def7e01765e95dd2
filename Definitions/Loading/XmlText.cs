using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace OrleansPV.Definitions;

/// <summary>Attribute helpers that report the source and line of anything that does not parse.</summary>
internal static class XmlText
{
    private static readonly char[] Separators = [' ', '\t', '\r', '\n'];

    public static int Line(XElement element) => ((IXmlLineInfo)element).LineNumber;

    public static string? Attribute(XElement element, string name) => element.Attribute(name)?.Value;

    public static bool Flag(XElement element, string name) =>
        Attribute(element, name) is { } text && long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v != 0;

    public static string[] Split(string text) => text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    public static int Int(XElement element, string name, int fallback, string sourceName)
    {
        var text = Attribute(element, name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(element, sourceName, $"attribute {name}=\"{text}\" is not an integer");
    }

    /// <summary>
    /// An integer; like ParaView's stream parsing, a decimal such as "0.0" (seen in ParaView's own
    /// XML) reads as its integer part.
    /// </summary>
    public static long ParseLong(string text, XElement element, string attribute, string sourceName)
    {
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
            && double.IsFinite(real) && Math.Abs(real) < 9.2e18)
        {
            return (long)Math.Truncate(real);
        }

        throw Error(element, sourceName, $"'{text}' in {attribute} is not an integer");
    }

    public static double ParseDouble(string text, XElement element, string attribute, string sourceName) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(element, sourceName, $"'{text}' in {attribute} is not a number");

    /// <summary>The element's text with runs of whitespace collapsed to one space.</summary>
    public static string Collapse(string? text) =>
        text is null ? string.Empty : string.Join(' ', Split(text));

    public static DefinitionException Error(XElement element, string sourceName, string message)
    {
        var line = Line(element);
        return new DefinitionException(
            $"{sourceName}({line.ToString(CultureInfo.InvariantCulture)}): <{element.Name.LocalName}> {message}",
            sourceName,
            line);
    }
}

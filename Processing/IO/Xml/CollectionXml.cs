using System.Diagnostics.CodeAnalysis;
using System.Xml.Linq;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>Small all-XML files that name other files (.vtm, .pvd, .pvt*): loaded whole, with their size bounded.</summary>
internal static class CollectionXml
{
    /// <summary>Collection files are small; a larger one is refused before it is read.</summary>
    private const long MaxSize = 64L << 20;

    public static XElement Load(string path, string fileName)
    {
        long length = new FileInfo(path).Length;
        if (length > MaxSize)
        {
            throw new VtkFileFormatException(fileName, "byte 0", $"the collection file is {length} bytes, more than the {MaxSize} a file listing is allowed");
        }

        XElement root = XmlHeader.Parse(File.ReadAllBytes(path), closeRoot: false, fileName);
        if (root.Name.LocalName != "VTKFile")
        {
            Fail<bool>(fileName, root, $"expected the root element <VTKFile>, found <{root.Name.LocalName}>");
        }

        return root;
    }

    [DoesNotReturn]
    public static T Fail<T>(string fileName, XObject at, string problem) => throw new VtkFileFormatException(fileName, XmlVtkReader.LocationOf(at), problem);
}

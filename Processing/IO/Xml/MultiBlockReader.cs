using System.Xml.Linq;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>
/// .vtm files (vtkXMLMultiBlockDataReader, format 1.0): nested &lt;Block&gt;, &lt;Piece&gt; (multipiece, read as a
/// nested block) and &lt;DataSet file="…"&gt; leaves; a leaf without a file is an empty block. Leaves are read in parallel.
/// </summary>
internal static class MultiBlockReader
{
    private sealed record Node(string? Name, string? File, List<Node>? Children);

    public static MultiBlockDataSet Read(string path, string fileName, VtkReadOptions options, CancellationToken cancellationToken)
    {
        Node root = Load(path, fileName, options);
        var leaves = new List<Node>();
        Collect(root, leaves);
        var data = new Dictionary<Node, DataSet>(ReferenceEqualityComparer.Instance);
        DataSet[] read = ParallelReads.Run(leaves.Count, i => DataSetReader.ReadResolved(leaves[i].File!, options, cancellationToken), cancellationToken);
        for (int i = 0; i < leaves.Count; i++)
        {
            data[leaves[i]] = read[i];
        }

        return Build(root, data);
    }

    public static VtkFileInformation ReadInformation(string path, string fileName, VtkReadOptions options)
    {
        Node root = Load(path, fileName, options);
        VtkFileInformation information = Information(root, options);
        return information;
    }

    private static VtkFileInformation Information(Node node, VtkReadOptions options)
    {
        var blocks = new List<(string?, VtkFileInformation?)>();
        foreach (Node child in node.Children!)
        {
            VtkFileInformation? info = child.Children is not null ? Information(child, options)
                : child.File is not null ? DataSetReader.ReadInformationResolved(child.File, options)
                : null;
            blocks.Add((child.Name, info));
        }

        var present = blocks.Where(b => b.Item2 is not null).Select(b => b.Item2!).ToList();
        return new VtkFileInformation(
            "vtkMultiBlockDataSet",
            present.Sum(b => b.NumberOfPoints),
            present.Sum(b => b.NumberOfCells),
            null,
            Union(present.Select(b => b.PointArrays)),
            Union(present.Select(b => b.CellArrays)),
            Union(present.Select(b => b.FieldArrays)))
        {
            Blocks = blocks,
        };
    }

    private static List<VtkArrayInformation> Union(IEnumerable<IReadOnlyList<VtkArrayInformation>> lists)
    {
        var result = new List<VtkArrayInformation>();
        foreach (IReadOnlyList<VtkArrayInformation> list in lists)
        {
            foreach (VtkArrayInformation array in list)
            {
                if (!result.Any(r => r.Name == array.Name))
                {
                    result.Add(array);
                }
            }
        }

        return result;
    }

    private static Node Load(string path, string fileName, VtkReadOptions options)
    {
        XElement root = CollectionXml.Load(path, fileName);
        string type = (string?)root.Attribute("type") ?? string.Empty;
        if (type is not ("vtkMultiBlockDataSet" or "vtkMultiPieceDataSet"))
        {
            CollectionXml.Fail<bool>(fileName, root, $"type '{type}' is not a multiblock file (expected vtkMultiBlockDataSet)");
        }

        XElement top = root.Element(type) ?? CollectionXml.Fail<XElement>(fileName, root, $"expected a <{type}> element inside <VTKFile>");
        return Parse(top, path, fileName, options, depth: 0);
    }

    private static Node Parse(XElement element, string path, string fileName, VtkReadOptions options, int depth)
    {
        if (depth > 64)
        {
            CollectionXml.Fail<bool>(fileName, element, "blocks are nested more than 64 deep");
        }

        var children = new List<Node>();
        foreach (XElement child in element.Elements())
        {
            string? name = (string?)child.Attribute("name");
            Node node = child.Name.LocalName switch
            {
                "Block" or "Piece" => Parse(child, path, fileName, options, depth + 1) with { Name = name },
                "DataSet" => new Node(name, string.IsNullOrEmpty((string?)child.Attribute("file")) ? null : options.Resolver.Resolve(path, (string)child.Attribute("file")!), null),
                _ => CollectionXml.Fail<Node>(fileName, child, $"unexpected element <{child.Name.LocalName}> (expected <Block>, <Piece> or <DataSet>)"),
            };

            // The index attribute places the block (VTK does not write empty blocks at the end of a list).
            int index = children.Count;
            string? indexText = (string?)child.Attribute("index");
            int maxIndex = element.Elements().Count() + 1024;
            if (indexText is not null && (!int.TryParse(indexText, System.Globalization.CultureInfo.InvariantCulture, out index) || index < 0 || index > maxIndex))
            {
                CollectionXml.Fail<bool>(fileName, child, $"index=\"{indexText}\": expected a block index from 0 to {maxIndex} (the element's blocks plus a margin for empty ones)");
            }

            while (children.Count <= index)
            {
                children.Add(new Node(null, null, null));
            }

            children[index] = node;
        }

        return new Node(null, null, children);
    }

    private static void Collect(Node node, List<Node> leaves)
    {
        foreach (Node child in node.Children!)
        {
            if (child.Children is not null)
            {
                Collect(child, leaves);
            }
            else if (child.File is not null)
            {
                leaves.Add(child);
            }
        }
    }

    private static MultiBlockDataSet Build(Node node, Dictionary<Node, DataSet> data)
    {
        var result = new MultiBlockDataSet();
        foreach (Node child in node.Children!)
        {
            DataSet? block = child.Children is not null ? Build(child, data) : child.File is not null ? data[child] : null;
            result.Add(child.Name, block);
        }

        return result;
    }
}

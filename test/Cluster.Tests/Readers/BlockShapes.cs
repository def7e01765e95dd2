using System.Text;
using System.Text.Json;
using OrleansPV.Client;
using OrleansPV.GrainInterfaces;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Cluster.Tests.Readers;

/// <summary>
/// A multiblock's block structure as one line of text ("name:type(points,cells)[…]"), from ParaView's figures
/// (Fixtures/ParaView/fetch/multiblock_blocks.json), the session's data information, a fetched data object
/// and a data set, so the four compare with a readable difference.
/// </summary>
internal static class BlockShapes
{
    private static readonly Lazy<JsonElement> s_figures = new(() => JsonDocument.Parse(File.ReadAllText(TestFixtures.PathOf("ParaView", "fetch", "multiblock_blocks.json"))).RootElement);

    public static JsonElement Figures(string key) => s_figures.Value.GetProperty(key);

    public static string Of(JsonElement blocks)
        => Join(blocks.EnumerateArray().Select(b =>
        {
            string? name = b.GetProperty("name").GetString();
            string? type = b.GetProperty("type").GetString();
            return type switch
            {
                null => Entry(name, null, 0, 0, null),
                "vtkMultiBlockDataSet" => Entry(name, type, -1, -1, Of(b.GetProperty("blocks"))),
                _ => Entry(name, type, b.GetProperty("points").GetInt64(), b.GetProperty("cells").GetInt64(), null),
            };
        }));

    public static string Of(IReadOnlyList<BlockInformation> blocks)
        => Join(blocks.Select(b => b.Information switch
        {
            null => Entry(b.Name, null, 0, 0, null),
            { DataSetType: "vtkMultiBlockDataSet" } nested => Entry(b.Name, nested.DataSetType, -1, -1, Of(nested.Blocks)),
            var leaf => Entry(b.Name, leaf.DataSetType, leaf.NumberOfPoints, leaf.NumberOfCells, null),
        }));

    public static string Of(IReadOnlyList<DataObjectBlock> blocks)
        => Join(blocks.Select(b => b switch
        {
            { IsMultiBlock: true } => Entry(b.Name, b.DataSetType, -1, -1, Of(b.Blocks)),
            { Data: { } leaf } => Entry(b.Name, leaf.DataSetType, leaf.NumberOfPoints, leaf.NumberOfCells, null),
            _ => Entry(b.Name, null, 0, 0, null),
        }));

    public static string Of(MultiBlockDataSet data)
        => Join(data.Blocks.Select(b => b.Data switch
        {
            null => Entry(b.Name, null, 0, 0, null),
            MultiBlockDataSet nested => Entry(b.Name, nested.DataSetType, -1, -1, Of(nested)),
            var leaf => Entry(b.Name, leaf.DataSetType, leaf.NumberOfPoints, leaf.NumberOfCells, null),
        }));

    private static string Entry(string? name, string? type, long points, long cells, string? nested)
    {
        var text = new StringBuilder().Append(name ?? "-").Append(':').Append(type ?? "empty");
        return (nested is null ? text.Append('(').Append(points).Append(',').Append(cells).Append(')') : text.Append(nested)).ToString();
    }

    private static string Join(IEnumerable<string> entries) => $"[{string.Join(' ', entries)}]";
}

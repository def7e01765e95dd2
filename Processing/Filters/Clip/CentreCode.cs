namespace OrleansPV.Processing.Filters.Clip;

/// <summary>Packs a group of kept corners, a <see cref="CentreRule"/> and an excluded corner into one code.</summary>
internal static class CentreCode
{
    public static int Pack(int group, CentreRule rule, int excluded = 0) => group | ((int)rule << 8) | (excluded << 11);

    public static (int Group, CentreRule Rule, int Excluded) Unpack(int code) => (code & 0xFF, (CentreRule)((code >> 8) & 0x7), (code >> 11) & 0x7);
}

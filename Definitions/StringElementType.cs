namespace OrleansPV.Definitions;

/// <summary>
/// What one element of a <c>StringVectorProperty</c> holds (its <c>element_types</c>,
/// as numbers <c>0 1 2</c> or names <c>int double str</c>).
/// </summary>
public enum StringElementType
{
    Int = 0,
    Double = 1,
    String = 2,
}

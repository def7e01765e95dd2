namespace OrleansPV.Definitions;

/// <summary>One <c>Entry</c> of an enumeration domain: its text and integer value.</summary>
public readonly record struct EnumerationEntry(string Text, int Value);

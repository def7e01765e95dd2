namespace OrleansPV.Client;

/// <summary>The undo set a message belongs to: consecutive messages of one client with one id form one set.</summary>
internal readonly record struct UndoGroup(ulong Id, string? Label);

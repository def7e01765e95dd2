namespace OrleansPV.GrainInterfaces;

/// <summary>What a session notice (a change of the session's control, not of its pipeline) says.</summary>
public enum SessionNoticeKind
{
    Joined = 1,
    Left = 2,
    MasterChanged = 3,
    Chat = 4,
}

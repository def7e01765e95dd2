using OrleansPV.Client.Tests.Doubles;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Tests.Sessions;

/// <summary>The undo bookkeeping the client does: which messages form one undo set, under which label.</summary>
public sealed class UndoSetTests : IAsyncLifetime
{
    private readonly ClientHarness _client = ClientHarness.Join();

    private Session Session => _client.Session;

    [Fact]
    public async Task Each_call_is_an_undo_set_of_its_own_and_a_registration_is_one_set_with_the_proxys_state()
    {
        Proxy sphere = Session.CreateProxy("sources", "SphereSource");
        Session.RegisterProxy("sources", "Sphere1", sphere);
        sphere.SetProperty("Radius", 2.0);
        sphere.UpdateVTKObjects();
        sphere.SetProperty("Radius", 3.0);
        sphere.UpdateVTKObjects();
        await Session.FlushAsync();

        ulong[] groups = [.. _client.Transport.Pushes.Messages.Select(m => m.Header.UndoGroup)];
        Assert.Equal(4, groups.Length);
        Assert.Equal(groups[0], groups[1]);
        Assert.Equal(3, groups.Distinct().Count());
        Assert.All(_client.Transport.Pushes.Messages, m => Assert.Equal("", m.Header.UndoLabel));
    }

    [Fact]
    public async Task A_named_set_groups_every_message_until_it_is_disposed()
    {
        Proxy sphere = Session.CreateProxy("sources", "SphereSource");
        Proxy cone = Session.CreateProxy("sources", "ConeSource");
        using (Session.BeginUndoSet("Add shapes"))
        {
            Session.RegisterProxy("sources", "Sphere1", sphere);
            Session.RegisterProxy("sources", "Cone1", cone);
            sphere.SetProperty("Radius", 2.0);
            sphere.UpdateVTKObjects();
        }

        cone.SetProperty("Height", 2.0);
        cone.UpdateVTKObjects();
        await Session.FlushAsync();

        PushState[] sent = [.. _client.Transport.Pushes.Messages];
        PushState[] inSet = sent[..^1];
        Assert.Equal(5, inSet.Length);
        Assert.Single(inSet.Select(m => m.Header.UndoGroup).Distinct());
        Assert.All(inSet, m => Assert.Equal("Add shapes", m.Header.UndoLabel));
        Assert.NotEqual(inSet[0].Header.UndoGroup, sent[^1].Header.UndoGroup);
        Assert.Equal("", sent[^1].Header.UndoLabel);
    }

    [Fact]
    public async Task Undo_is_asked_of_the_session_only_after_every_earlier_push_was_answered()
    {
        Proxy sphere = Session.CreateProxy("sources", "SphereSource");
        _client.Transport.Pushes.Hold();
        Session.RegisterProxy("sources", "Sphere1", sphere);

        Task<bool> undo = Session.UndoAsync();
        Assert.DoesNotContain($"Undo {ClientHarness.ClientId}", _client.Transport.Calls);

        _client.Transport.Pushes.Release();
        Assert.False(await undo);
        Assert.Contains($"Undo {ClientHarness.ClientId}", _client.Transport.Calls);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _client.DisposeAsync();
}

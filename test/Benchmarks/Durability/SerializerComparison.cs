using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Serialization;
using Orleans.Storage;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.Sessions;

namespace OrleansPV.Benchmarks.Durability;

/// <summary>
/// A typical session snapshot (4 clients, 12 registrations, an open log chunk of 15 changes and an open
/// undo chunk of 15 sets) stored with Orleans' binary serializer and with the grain-storage default
/// (Newtonsoft JSON, what AddAzureBlobGrainStorage uses unless told otherwise): bytes, time, and
/// whether the protobuf messages inside come back.
/// </summary>
internal sealed class SerializerComparison
{
    private readonly List<string> _rows = [];

    /// <summary>Runs in the silo, where both serializers are configured as the providers get them.</summary>
    public void RunInside(ISiloBuilder silo) => silo.Services.AddHostedService(services => new Probe(this, services));

    public void Print()
    {
        Console.WriteLine("| serializer (session snapshot) | bytes | write+read | round trip intact |");
        Console.WriteLine("|---|---|---|---|");
        foreach (string row in _rows)
        {
            Console.WriteLine(row);
        }
    }

    private static SessionGrainState TypicalSnapshot()
    {
        var state = new SessionGrainState { Created = true, Sequence = 31, SealedThrough = 16, MasterClientId = "c0" };
        for (int c = 0; c < 4; c++)
        {
            state.Clients.Add(new ClientInfo($"c{c}", $"user{c}"));
            state.ProcessedPushes[$"c{c}"] = 100;
        }

        for (ulong gid = 2; gid < 14; gid++)
        {
            state.Proxies.Add(gid);
            state.Registrations.Add(new Registration { Group = "sources", Name = $"Source{gid}", GlobalId = gid });
        }

        for (ulong seq = 17; seq <= 31; seq++)
        {
            state.OpenChanges.Add(new SessionChange(seq, "c0", Push(seq % 12 + 2, seq)));
            state.Undo.Open.Add(new UndoSet { ClientId = "c0", Label = "Radius", Steps = [new UndoStep([Push(seq % 12 + 2, seq)], [Push(seq % 12 + 2, seq - 1)])] });
        }

        (state.Undo.Cursor, state.Undo.SealedEnd) = (31, 16);
        return state;
    }

    private static PushState Push(ulong globalId, ulong value)
    {
        var proxy = new ProxyState { GlobalId = globalId, Version = value };
        var radius = new PropertyState { Name = "Radius", Kind = ValueKind.Double };
        radius.Doubles.Add(value * 0.5);
        proxy.Properties.Add(radius);
        return new PushState { Header = new MessageHeader { ClientId = "c0", ClientSequence = value, GlobalId = globalId }, Proxy = proxy };
    }

    private void Measure(string name, IGrainStorageSerializer serializer)
    {
        SessionGrainState state = TypicalSnapshot();
        try
        {
            BinaryData bytes = serializer.Serialize(state);
            SessionGrainState back = serializer.Deserialize<SessionGrainState>(bytes) ?? new SessionGrainState();
            const int Rounds = 200;
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < Rounds; i++)
            {
                serializer.Deserialize<SessionGrainState>(serializer.Serialize(state));
            }

            double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds / Rounds;
            bool intact = back.OpenChanges.Count == state.OpenChanges.Count && back.OpenChanges.Zip(state.OpenChanges).All(p => p.First.Message.Equals(p.Second.Message));
            _rows.Add($"| {name} | {bytes.ToMemory().Length:N0} | {ms:F3} ms | {(intact ? "yes" : "no: protobuf messages come back empty")} |");
        }
        catch (Exception ex)
        {
            _rows.Add($"| {name} | – | – | no: {ex.GetType().Name}: {ex.Message.Split('\n')[0]} |");
        }
    }

    private sealed class Probe(SerializerComparison owner, IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            owner.Measure("Orleans binary (OrleansGrainStorageSerializer, used)", new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>()));
            owner.Measure("default JSON (JsonGrainStorageSerializer)", services.GetRequiredService<IGrainStorageSerializer>());
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

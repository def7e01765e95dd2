using k8s;
using k8s.Models;
using OrleansPV.TestUtilities.Servers;

namespace OrleansPV.Deploy.Tests;

/// <summary>Every object of every manifest under deploy/kubernetes, typed by KubernetesClient (an unknown kind fails the load).</summary>
public static class Manifests
{
    public static string DeployDirectory => Path.Combine(TestTools.SolutionDirectory, "deploy");

    public static IReadOnlyList<(string File, IKubernetesObject Object)> All { get; } = Load();

    public static IEnumerable<T> OfType<T>() => All.Select(m => m.Object).OfType<T>();

    /// <summary>The silo Deployment (the one whose pods carry Orleans' serviceId label).</summary>
    public static V1Deployment Silo => OfType<V1Deployment>().Single(d => d.Spec.Template.Metadata.Labels.ContainsKey("orleans/serviceId"));

    public static V1Container SiloContainer => Silo.Spec.Template.Spec.Containers.Single();

    private static List<(string, IKubernetesObject)> Load()
    {
        var objects = new List<(string, IKubernetesObject)>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(DeployDirectory, "kubernetes"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (object item in KubernetesYaml.LoadAllFromString(File.ReadAllText(file)))
            {
                objects.Add((Path.GetRelativePath(DeployDirectory, file), (IKubernetesObject)item));
            }
        }

        return objects;
    }

    /// <summary>True when every label the selector asks for is on <paramref name="labels"/> with the same value.</summary>
    public static bool Selects(IDictionary<string, string>? selector, IDictionary<string, string>? labels) =>
        selector is { Count: > 0 } && labels is not null && selector.All(s => labels.TryGetValue(s.Key, out string? value) && value == s.Value);
}

using k8s;
using k8s.Models;

namespace OrleansPV.Deploy.Tests;

public sealed class ManifestTests
{
    [Fact]
    public void Every_manifest_object_is_a_valid_Kubernetes_object()
    {
        Assert.NotEmpty(Manifests.All);
        foreach ((string file, IKubernetesObject item) in Manifests.All)
        {
            Assert.False(string.IsNullOrEmpty(item.ApiVersion), $"{file}: an object has no apiVersion.");
            Assert.False(string.IsNullOrEmpty(item.Kind), $"{file}: an object has no kind.");
            var metadata = (V1ObjectMeta?)item.GetType().GetProperty("Metadata")!.GetValue(item);
            Assert.False(string.IsNullOrEmpty(metadata?.Name), $"{file}: a {item.Kind} has no name.");
            // The models' own checks: required fields present, nested objects valid.
            item.GetType().GetMethod("Validate")?.Invoke(item, null);
        }

        string[] kinds = [.. Manifests.All.Select(m => m.Object.Kind).Distinct()];
        foreach (string kind in new[] { "Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler", "ConfigMap", "Secret", "ServiceAccount", "Role", "RoleBinding" })
        {
            Assert.Contains(kind, kinds);
        }
    }

    [Fact]
    public void Selectors_of_deployments_services_and_the_disruption_budget_match_pod_labels()
    {
        V1Deployment[] deployments = [.. Manifests.OfType<V1Deployment>()];
        foreach (V1Deployment deployment in deployments)
        {
            Assert.True(
                Manifests.Selects(deployment.Spec.Selector.MatchLabels, deployment.Spec.Template.Metadata.Labels),
                $"Deployment {deployment.Metadata.Name}: its selector does not match its pods' labels.");
        }

        foreach (V1Service service in Manifests.OfType<V1Service>())
        {
            V1Deployment target = Assert.Single(deployments, d => Manifests.Selects(service.Spec.Selector, d.Spec.Template.Metadata.Labels));
            V1ContainerPort[] ports = [.. target.Spec.Template.Spec.Containers.SelectMany(c => c.Ports)];
            foreach (V1ServicePort port in service.Spec.Ports)
            {
                Assert.True(
                    ports.Any(p => p.Name == port.TargetPort.Value || p.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture) == port.TargetPort.Value),
                    $"Service {service.Metadata.Name}: target port {port.TargetPort.Value} is no port of {target.Metadata.Name}.");
            }
        }

        V1PodDisruptionBudget budget = Assert.Single(Manifests.OfType<V1PodDisruptionBudget>());
        Assert.True(Manifests.Selects(budget.Spec.Selector.MatchLabels, Manifests.Silo.Spec.Template.Metadata.Labels), "The PodDisruptionBudget does not select the silo pods.");
        V2HorizontalPodAutoscaler autoscaler = Assert.Single(Manifests.OfType<V2HorizontalPodAutoscaler>());
        Assert.Equal(("Deployment", Manifests.Silo.Metadata.Name), (autoscaler.Spec.ScaleTargetRef.Kind, autoscaler.Spec.ScaleTargetRef.Name));
        Assert.True(autoscaler.Spec.MinReplicas >= 2 && autoscaler.Spec.MaxReplicas > autoscaler.Spec.MinReplicas);
    }

    [Fact]
    public void The_silo_pods_carry_what_Orleans_Kubernetes_hosting_needs()
    {
        IDictionary<string, string> labels = Manifests.Silo.Spec.Template.Metadata.Labels;
        Assert.True(labels.ContainsKey("orleans/serviceId") && labels.ContainsKey("orleans/clusterId"), "Orleans' Kubernetes hosting selects its pods by the orleans/serviceId and orleans/clusterId labels.");

        string account = Manifests.Silo.Spec.Template.Spec.ServiceAccountName;
        Assert.Contains(Manifests.OfType<V1ServiceAccount>(), a => a.Metadata.Name == account);
        V1RoleBinding binding = Assert.Single(Manifests.OfType<V1RoleBinding>(), b => b.Subjects.Any(s => s.Kind == "ServiceAccount" && s.Name == account));
        V1Role role = Assert.Single(Manifests.OfType<V1Role>(), r => r.Metadata.Name == binding.RoleRef.Name);
        V1PolicyRule pods = Assert.Single(role.Rules, r => r.Resources.Contains("pods") && r.ApiGroups.Contains(""));
        foreach (string verb in new[] { "get", "list", "watch", "delete" })
        {
            Assert.Contains(verb, pods.Verbs);
        }

        // The silo advertises its own pod IP (downward API), never a Service address.
        V1EnvVar advertised = Assert.Single(Manifests.SiloContainer.Env, e => e.Name == "Silo__AdvertisedAddress");
        Assert.Equal("status.podIP", advertised.ValueFrom?.FieldRef?.FieldPath);
        Assert.Contains(Manifests.SiloContainer.Env, e => e.Name == "Kubernetes__Enabled" && e.Value == "true");
    }

    [Fact]
    public void Every_environment_variable_of_the_silo_is_a_configuration_key_it_reads()
    {
        IList<V1EnvVar> env = Manifests.SiloContainer.Env;
        Assert.NotEmpty(env);
        foreach (V1EnvVar variable in env)
        {
            string key = SiloConfigurationKeys.FromEnvironmentName(variable.Name);
            Assert.True(SiloConfigurationKeys.All.Contains(key), $"Environment variable {variable.Name} sets '{key}', which no options class of the silo has. Known keys: {string.Join(", ", SiloConfigurationKeys.All.Order())}");
        }

        foreach (string required in new[] { "Clustering:Provider", "Clustering:Redis:ConnectionString", "Storage:Provider", "Storage:AzureBlob:ConnectionString", "Silo:AdvertisedAddress", "Web:ListenAddress" })
        {
            Assert.Contains(env, e => SiloConfigurationKeys.FromEnvironmentName(e.Name) == required);
        }
    }

    [Fact]
    public void Every_config_map_and_secret_reference_names_an_existing_key()
    {
        V1ConfigMap[] maps = [.. Manifests.OfType<V1ConfigMap>()];
        V1Secret[] secrets = [.. Manifests.OfType<V1Secret>()];
        foreach (V1EnvVar variable in Manifests.SiloContainer.Env.Where(e => e.ValueFrom is not null))
        {
            if (variable.ValueFrom.ConfigMapKeyRef is { } map)
            {
                Assert.True(maps.Any(m => m.Metadata.Name == map.Name && m.Data.ContainsKey(map.Key)), $"{variable.Name}: ConfigMap {map.Name} has no key {map.Key}.");
            }
            else if (variable.ValueFrom.SecretKeyRef is { } secret)
            {
                Assert.True(secrets.Any(s => s.Metadata.Name == secret.Name && (s.StringData?.ContainsKey(secret.Key) == true || s.Data?.ContainsKey(secret.Key) == true)), $"{variable.Name}: Secret {secret.Name} has no key {secret.Key}.");
            }
            else
            {
                Assert.NotNull(variable.ValueFrom.FieldRef);
            }
        }
    }

    [Fact]
    public void Probes_ask_the_web_port_and_the_grace_period_outlasts_the_shutdown_timeout()
    {
        V1Container silo = Manifests.SiloContainer;
        V1ContainerPort web = Assert.Single(silo.Ports, p => p.Name == "web");
        foreach (V1Probe probe in new[] { silo.StartupProbe, silo.ReadinessProbe, silo.LivenessProbe })
        {
            Assert.NotNull(probe?.HttpGet);
            Assert.Equal(web.Name, probe.HttpGet.Port.Value);
        }

        Assert.Equal(web.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture), SiloEnvironment.Resolve()["Web__Port"]);
        TimeSpan shutdown = TimeSpan.Parse(SiloEnvironment.Resolve()["Shutdown__Timeout"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(shutdown < TimeSpan.FromSeconds(Manifests.Silo.Spec.Template.Spec.TerminationGracePeriodSeconds ?? 30), "Shutdown:Timeout must end inside the pod's grace period.");
    }
}

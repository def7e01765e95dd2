namespace OrleansPV.Cluster.Tests.Infrastructure;

/// <summary>A run-time plugin definition: a sphere source derived from SphereSource whose only change is a finer default theta (64).</summary>
internal static class SpherePlugin
{
    public static string Xml(string name, string label) => $"""
        <ServerManagerConfiguration>
          <ProxyGroup name="sources">
            <SourceProxy name="{name}" class="vtkSphereSource" label="{label}"
                         base_proxygroup="sources" base_proxyname="SphereSource">
              <IntVectorProperty name="ThetaResolution" command="SetThetaResolution" number_of_elements="1" default_values="64">
                <IntRangeDomain name="range" min="3" max="1024" />
              </IntVectorProperty>
            </SourceProxy>
          </ProxyGroup>
        </ServerManagerConfiguration>
        """;
}

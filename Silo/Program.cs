using Microsoft.Extensions.Hosting;
using OrleansPV.Silo.Hosting;

HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
builder.AddOrleansPVSilo();
using IHost host = builder.Build();
await host.RunAsync();

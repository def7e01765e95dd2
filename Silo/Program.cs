using Microsoft.AspNetCore.Builder;
using OrleansPV.Silo.Hosting;
using OrleansPV.Silo.Web;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddOrleansPVSilo();
builder.AddOrleansPVWeb();
WebApplication app = builder.Build();
app.MapOrleansPVWeb();
await app.RunAsync();

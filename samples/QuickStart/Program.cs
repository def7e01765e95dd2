// The README's quick start, against a running cluster:
//   dotnet run --project Silo                      (prints "connect with orleans://127.0.0.1:PORT")
//   dotnet run --project samples/QuickStart -- orleans://127.0.0.1:PORT
using System.Globalization;
using OrleansPV.Client;
using OrleansPV.GrainInterfaces;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: QuickStart orleans://host:port");
    return 2;
}

await using Connection conn = await Connection.ConnectAsync(args[0]);
Session session = await conn.CreateSessionAsync(userName: "ada");

Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
wavelet.SetProperty("WholeExtent", -32, 31, -32, 31, -32, 31);

Proxy contour = session.CreateProxy("filters", "Contour");
contour.SetInput("Input", wavelet);
contour.SetProperty("ContourBy", "POINTS", "RTData");   // XML name: SelectInputScalars
contour.SetProperty("ContourValues", 157.0);            // label: Isosurfaces
session.RegisterProxy("sources", "Wavelet1", wavelet);
session.RegisterProxy("sources", "Contour1", contour);
contour.UpdateVTKObjects();                             // kind 2: returns at once, order kept

Proxy slice = session.CreateProxy("filters", "Cut");
Proxy plane = slice.GetProperty("CutFunction").AsProxy()!; // the selected "Plane"
plane.SetProperty("Normal", 0.0, 0.0, 1.0);

await session.FlushAsync();                             // waits for the pushes; throws a rejection

DataInformation info = await contour.UpdatePipelineAsync();
DataObject data = await contour.FetchDataAsync();       // a copy: VTK XML bytes, type and counts
(double min, double max) = info.GetPointArray("RTData")!.Range(0);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"contour: {info.DataSetType} points={info.NumberOfPoints} cells={info.NumberOfCells} RTData=[{min}, {max}]"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"fetched: {data.DataSetType} points={data.NumberOfPoints} cells={data.NumberOfCells} bytes={data.TransferredBytes}"));
return 0;

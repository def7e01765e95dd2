using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Sources;
using OrleansPV.Rendering.Encoding;
using OrleansPV.Rendering.Scenes;
using Xunit;

namespace OrleansPV.Rendering.Tests.Encoding;

public class ImageEncoderTests
{
    private static RenderResult RenderSphere()
    {
        var sphere = (PolyData)Executive.Update(new SphereSource { ThetaResolution = 32, PhiResolution = 32 });
        var scene = new Scene(200, 150, new OrleansPV.Rendering.Cameras.Camera(), [new SceneObject(sphere, new DisplayProperties { Representation = Representation.SurfaceWithEdges })]);
        return new Renderer().Render(scene.WithResetCamera());
    }

    [Fact]
    public void Png_round_trips_every_pixel()
    {
        using RenderResult frame = RenderSphere();
        byte[] png = frame.EncodePng();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        DecodedImage decoded = ImageDecoder.Decode(png);
        Assert.Equal((200, 150), (decoded.Width, decoded.Height));
        Assert.True(frame.Rgba.SequenceEqual(decoded.Rgba));
    }

    [Fact]
    public void Png_keeps_alpha_and_every_pixel_of_a_frame_taller_than_one_strip()
    {
        // 70x200 random colours, 200 rows spanning four strips, and some translucent pixels that make
        // it RGBA (black, which the test decoder's premultiplied round trip keeps).
        var rgba = new byte[70 * 200 * 4];
        new Random(7).NextBytes(rgba);
        for (int i = 0; i < 70 * 200; i++)
        {
            rgba[(4 * i) + 3] = 255;
        }

        for (int i = 0; i < 70 * 200; i += 97)
        {
            new byte[] { 0, 0, 0, 128 }.CopyTo(rgba, 4 * i);
        }
        byte[] png = ImageEncoder.EncodePng(rgba, 70, 200);
        DecodedImage decoded = ImageDecoder.Decode(png);
        Assert.Equal((70, 200), (decoded.Width, decoded.Height));
        Assert.True(rgba.AsSpan().SequenceEqual(decoded.Rgba));
        Assert.Equal(png, ImageEncoder.EncodePng(rgba, 70, 200));
    }

    [Fact]
    public void Adler32_matches_zlib_and_combines_pieces()
    {
        byte[] text = "Wikipedia"u8.ToArray();
        Assert.Equal(0x11E60398u, OrleansPV.Rendering.Encoding.Adler32.Compute(text));
        var data = new byte[20000];
        new Random(3).NextBytes(data);
        uint whole = OrleansPV.Rendering.Encoding.Adler32.Compute(data);
        uint combined = OrleansPV.Rendering.Encoding.Adler32.Combine(OrleansPV.Rendering.Encoding.Adler32.Compute(data.AsSpan(0, 7000)), OrleansPV.Rendering.Encoding.Adler32.Compute(data.AsSpan(7000)), 13000);
        Assert.Equal(whole, combined);
    }

    [Fact]
    public void Jpeg_decodes_close_to_the_frame_and_lower_quality_is_smaller()
    {
        using RenderResult frame = RenderSphere();
        byte[] high = frame.EncodeJpeg(90), low = frame.EncodeJpeg(50);
        Assert.Equal(new byte[] { 0xFF, 0xD8 }, high[..2]);
        Assert.True(low.Length < high.Length, $"q50 {low.Length} bytes, q90 {high.Length} bytes");
        DecodedImage decoded = ImageDecoder.Decode(high);
        var mad = ImageMetrics.MeanAbsoluteDifference(frame.Rgba, decoded.Rgba, 200, 150);
        // Measured (1.12, 0.96, 6.64): 4:2:0 chroma subsampling smears the one-pixel dark-blue edges in blue.
        Assert.True(mad.R < 1.5 && mad.G < 1.5 && mad.B < 7, $"MAD {mad}");
    }

    [Fact]
    public void Encoding_rejects_a_buffer_too_small_for_the_size()
    {
        var error = Assert.Throws<ArgumentException>(() => ImageEncoder.EncodePng(new byte[10], 2, 2));
        Assert.Contains("cannot hold 2x2 RGBA pixels", error.Message, StringComparison.Ordinal);
    }
}

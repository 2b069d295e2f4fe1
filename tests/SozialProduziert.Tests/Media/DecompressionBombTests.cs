using SixLabors.ImageSharp.Memory;
using SozialProduziert.Web.Services.Media;

namespace SozialProduziert.Tests.Media;

[CollectionDefinition(nameof(AllocationMeasurements), DisableParallelization = true)]
public sealed class AllocationMeasurements;

/// <summary>
/// Allocation is measured process-wide, so these run alone. ImageSharp keeps large pixel buffers in unmanaged
/// memory by default, which the GC counters cannot see; the service gets a GC allocator here so a decoded
/// buffer would show up in the count.
/// </summary>
[Collection(nameof(AllocationMeasurements))]
public class DecompressionBombTests
{
    private const long Budget = 50 * 1024 * 1024;

    [Fact]
    public async Task A_png_declaring_fifty_thousand_pixels_square_is_refused_without_a_large_allocation()
    {
        using var service = ImageUploadServiceTests.Service();
        service.ImageConfiguration.MemoryAllocator = new SimpleGcMemoryAllocator();
        var bomb = CraftedFiles.PngDeclaring(50_000, 50_000);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = await service.ProcessAsync(new MemoryStream(bomb), ImageUploadServiceTests.Alt, CancellationToken.None);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(ImageUploadProblem.TooManyPixels, result.Problem);
        Assert.True(allocated < Budget, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public async Task The_measurement_would_see_a_decoded_image()
    {
        using var service = ImageUploadServiceTests.Service();
        service.ImageConfiguration.MemoryAllocator = new SimpleGcMemoryAllocator();
        var photo = CraftedFiles.Jpeg(4000, 3500);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = await service.ProcessAsync(new MemoryStream(photo), ImageUploadServiceTests.Alt, CancellationToken.None);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.True(result.Succeeded, result.Error);
        Assert.True(allocated > Budget, $"allocated only {allocated:N0} bytes");
    }
}

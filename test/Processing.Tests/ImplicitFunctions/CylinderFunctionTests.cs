using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.ImplicitFunctions;
using Xunit;

namespace OrleansPV.Processing.Tests.ImplicitFunctions;

/// <summary>
/// Expected values from VTK 9.1 (Debian's python3-vtk9): a vtkCylinder with the vtkTransform that
/// ParaView's vtkPVCylinder sets up, evaluated with FunctionValue. Grid points in exact arithmetic on
/// the surface come out a few ulps inside or outside; a clip keeps or drops them by that sign.
/// </summary>
public sealed class CylinderFunctionTests
{
    [Theory]
    [InlineData(1, -7, -16, -5.684341886080802e-14)]
    [InlineData(1, -7, -13, -2.842170943040401e-14)]
    [InlineData(8, 0, 3, 0.0)]
    [InlineData(4, 5, 0, -15.0)]
    public void Off_the_y_axis_it_evaluates_to_the_last_bit_as_ParaViews_rotated_cylinder(int x, int y, int z, double expected)
    {
        var cylinder = new CylinderFunction { Center = new Vector3d(1, 0, 0), Axis = new Vector3d(0, 0, 1), Radius = 7 };

        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(cylinder.Evaluate(x, y, z)));
    }

    [Theory]
    [InlineData(3, -7, 5, 8.25)]
    [InlineData(6, -2, -1, 0.25)]
    public void An_oblique_axis_evaluates_as_ParaViews_cylinder(int x, int y, int z, double expected)
    {
        var cylinder = new CylinderFunction { Center = new Vector3d(1, 2, 3), Axis = new Vector3d(1, 1, 0), Radius = 7.5 };

        Assert.Equal(expected, cylinder.Evaluate(x, y, z));
    }

    [Fact]
    public void Along_y_and_along_minus_y_it_is_the_plain_distance_to_the_axis()
    {
        var up = new CylinderFunction { Center = new Vector3d(2, -1, 0), Axis = new Vector3d(0, 5, 0), Radius = 4 };
        var down = new CylinderFunction { Center = new Vector3d(2, -1, 0), Axis = new Vector3d(0, -1, 0), Radius = 4 };

        Assert.Equal(9 + 16 - 16, up.Evaluate(5, 100, 4));
        Assert.Equal(up.Evaluate(5, 100, 4), down.Evaluate(5, 100, 4));
    }
}

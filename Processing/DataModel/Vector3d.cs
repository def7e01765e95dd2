namespace OrleansPV.Processing.DataModel;

/// <summary>A point or direction in double precision.</summary>
public readonly record struct Vector3d(double X, double Y, double Z)
{
    public double this[int axis] => axis switch
    {
        0 => X,
        1 => Y,
        2 => Z,
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    public static Vector3d operator +(Vector3d a, Vector3d b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);

    public static Vector3d operator -(Vector3d a, Vector3d b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);

    public static Vector3d operator *(Vector3d a, double s) => new(a.X * s, a.Y * s, a.Z * s);

    public double Dot(Vector3d other) => (X * other.X) + (Y * other.Y) + (Z * other.Z);

    public Vector3d Cross(Vector3d o) => new((Y * o.Z) - (Z * o.Y), (Z * o.X) - (X * o.Z), (X * o.Y) - (Y * o.X));

    public double Length => Math.Sqrt(Dot(this));

    public Vector3d Normalized()
    {
        double length = Length;
        return length == 0 ? this : this * (1.0 / length);
    }
}

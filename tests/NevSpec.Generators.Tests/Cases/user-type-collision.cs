namespace Consumer.Studies
{
    // A user type that is not a 'static partial class': the generated class Consumer.Studies.Grunfeld would collide.
    public sealed class Grunfeld
    {
    }
}

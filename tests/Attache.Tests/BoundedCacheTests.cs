namespace Attache.Tests;

public class BoundedCacheTests
{
    [Fact]
    public void Keeps_values_up_to_its_bound_and_makes_the_rest_each_time()
    {
        var cache = new BoundedCache<object>(2);
        var made = 0;
        object Make(string key, int _) { made++; return new object(); }

        var a = cache.GetOrAdd("a", Make, 0);
        Assert.Same(a, cache.GetOrAdd("a", Make, 0));
        cache.GetOrAdd("b", Make, 0);
        Assert.Equal(2, made);

        var c = cache.GetOrAdd("c", Make, 0);
        Assert.NotSame(c, cache.GetOrAdd("c", Make, 0)); // past the bound: made again, not kept
        Assert.Equal(4, made);
        Assert.Same(a, cache.GetOrAdd("a", Make, 0));
    }
}

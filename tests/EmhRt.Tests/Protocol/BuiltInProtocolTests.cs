using EmhRt.Protocol;

namespace EmhRt.Tests.Protocol;

public class BuiltInProtocolTests
{
    [Fact]
    public void Built_in_default_equals_the_embedded_json()
    {
        var loaded = ProtocolLoader.Load(EmhProtocol.DefaultJson);
        Assert.True(loaded.Success, string.Join("; ", loaded.Errors));
        Assert.Equal(loaded.Value!.ToCanonicalJson(), EmhProtocol.Default.ToCanonicalJson());
        Assert.Equal(loaded.Value, EmhProtocol.Default);
    }

    [Fact]
    public void Default_sha256_constant_is_the_hash_of_the_canonical_json()
    {
        Assert.Equal(EmhProtocol.Default.ComputeSha256(), EmhProtocol.Default.Sha256);
        Assert.Equal(ProtocolLoader.Load(EmhProtocol.DefaultJson).Value!.Sha256, EmhProtocol.Default.Sha256);
    }

    [Fact]
    public void A_changed_copy_has_its_own_hash()
    {
        var changed = EmhProtocol.Default with { DoseRangeMinGy = 18 };
        Assert.NotEqual(EmhProtocol.Default.Sha256, changed.Sha256);
        Assert.Equal(changed.ComputeSha256(), changed.Sha256);
    }
}

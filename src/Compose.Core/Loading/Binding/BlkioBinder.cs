using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary><c>blkio_config:</c> weights and per-device rates (bps rates accept byte units).</summary>
public static class BlkioBinder
{
    public static BlkioConfig Bind(Node value, string path)
    {
        var blkio = MappingReader.Open(value, path, SpecKeys.BlkioConfig);
        return new BlkioConfig
        {
            Weight = blkio.Int("weight"),
            WeightDevice = blkio.Items("weight_device", WeightDevice),
            DeviceReadBps = blkio.Items("device_read_bps", (n, p) => Rate(n, p, bytes: true)),
            DeviceReadIops = blkio.Items("device_read_iops", (n, p) => Rate(n, p, bytes: false)),
            DeviceWriteBps = blkio.Items("device_write_bps", (n, p) => Rate(n, p, bytes: true)),
            DeviceWriteIops = blkio.Items("device_write_iops", (n, p) => Rate(n, p, bytes: false)),
        };
    }

    private static BlkioWeightDevice WeightDevice(Node node, string path)
    {
        var device = MappingReader.Open(node, path, SpecKeys.BlkioWeight);
        return new BlkioWeightDevice(
            NodeReader.String(device.Required("path"), device.PathOf("path")),
            NodeReader.Int(device.Required("weight"), device.PathOf("weight")));
    }

    private static BlkioRate Rate(Node node, string path, bool bytes)
    {
        var limit = MappingReader.Open(node, path, SpecKeys.BlkioLimit);
        var rate = limit.Required("rate");
        return new BlkioRate(
            NodeReader.String(limit.Required("path"), limit.PathOf("path")),
            bytes ? NodeReader.Bytes(rate, limit.PathOf("rate")) : NodeReader.Long(rate, limit.PathOf("rate")));
    }
}

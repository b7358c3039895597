using System.Text.Json.Serialization;

namespace Attache.Models;

/// <summary>
/// Compile-time JSON metadata for <see cref="ModelCard"/>. Every extractor reads the card at
/// start-up, and with metadata built by reflection (emitted accessors, converters looked up per
/// member) that first read took 85 to 90 ms of a whole `attache extract` start-up of about 700 ms;
/// with this, 60 to 80 ms (issue #21). The card's own options (names, strictness, enum names)
/// still apply; only where the metadata comes from changes.
/// </summary>
[JsonSerializable(typeof(ModelCard))]
internal sealed partial class ModelCardJsonContext : JsonSerializerContext;

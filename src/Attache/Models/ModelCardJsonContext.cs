using System.Text.Json.Serialization;

namespace Attache.Models;

/// <summary>
/// Compile-time JSON metadata for <see cref="ModelCard"/>. Every extractor reads the card at
/// start-up, and the reflection-based metadata (emitted accessors, converters looked up per
/// member) was about a tenth of a whole `attache extract` start-up (issue #21). The card's own
/// options (names, strictness, enum names) still apply; only where the metadata comes from changes.
/// </summary>
[JsonSerializable(typeof(ModelCard))]
internal sealed partial class ModelCardJsonContext : JsonSerializerContext;

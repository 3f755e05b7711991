using System.Collections.Generic;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Emitting;

/// <summary>
/// The JSON objects a projection's reader walks: its own object and every object a dotted path goes through, each
/// with the names read in it. Two properties read at the same name (<c>owner</c> and <c>owner.login</c>) share one
/// entry, so each object is walked once.
/// </summary>
internal sealed class ReaderTree
{
    private ReaderTree(List<ObjectNode> objects)
    {
        Objects = objects;
    }

    /// <summary>Every object, the projection's own first; the index is the node's id.</summary>
    public List<ObjectNode> Objects { get; }

    public ObjectNode Root => Objects[0];

    public static ReaderTree Build(ProjectionSpec projection)
    {
        var objects = new List<ObjectNode> { new(0, "", null) };
        foreach (var property in projection.Properties)
        {
            var node = objects[0];
            for (var i = 0; i < property.Path.Count; i++)
            {
                var entry = node.Entry(property.Path[i]);
                entry.Mask |= FieldMask(property);
                if (i == property.Path.Count - 1)
                {
                    entry.Readers.Add(property);
                }
                else
                {
                    if (entry.Object is null)
                    {
                        entry.Object = new ObjectNode(objects.Count, node.Path.Length == 0 ? entry.Name : node.Path + "." + entry.Name, property);
                        objects.Add(entry.Object);
                    }

                    node = entry.Object;
                }
            }
        }

        return new ReaderTree(objects);
    }

    /// <summary>The bits of the reader's mask that <paramref name="property"/> reads.</summary>
    public static ulong FieldMask(ProjectedPropertySpec property) =>
        property.FieldCount >= 64 ? ulong.MaxValue : ((1UL << property.FieldCount) - 1) << property.FirstField;

    internal sealed class ObjectNode
    {
        public ObjectNode(int id, string path, ProjectedPropertySpec? firstReader)
        {
            Id = id;
            Path = path;
            FirstReader = firstReader;
        }

        public int Id { get; }

        /// <summary>The dotted path from the projection's object ("" for that object).</summary>
        public string Path { get; }

        /// <summary>A property read inside this object, named by a read error about the object itself.</summary>
        public ProjectedPropertySpec? FirstReader { get; }

        public List<NameEntry> Names { get; } = new();

        public NameEntry Entry(string name)
        {
            foreach (var entry in Names)
            {
                if (entry.Name == name)
                {
                    return entry;
                }
            }

            var added = new NameEntry(name);
            Names.Add(added);
            return added;
        }
    }

    internal sealed class NameEntry
    {
        public NameEntry(string name)
        {
            Name = name;
        }

        public string Name { get; }

        /// <summary>The properties read from this name's value.</summary>
        public List<ProjectedPropertySpec> Readers { get; } = new();

        /// <summary>The object walked for dotted paths through this name, if any.</summary>
        public ObjectNode? Object { get; set; }

        /// <summary>The bits of every field read at or under this name: when none is set the value is skipped.</summary>
        public ulong Mask { get; set; }
    }
}

package org.caseframe.core.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a formulation section as its text alone when it carries nothing else, as files written before narrative
 * markings hold it, so that reading and writing such a file changes nothing; otherwise as an object.
 */
final class FormulationTextWriter extends StdSerializer<FormulationText> {
    public FormulationTextWriter() {
        super(FormulationText.class);
    }

    @Override
    public void serialize(FormulationText value, JsonGenerator out, SerializerProvider provider) throws IOException {
        if (value.evidence().isEmpty()
                && value.marking().isEmpty()
                && value.handling().isEmpty()
                && value.sanitised().isEmpty()) {
            out.writeString(value.text());
            return;
        }
        out.writeStartObject();
        out.writeStringField("text", value.text());
        if (!value.evidence().isEmpty()) {
            out.writeArrayFieldStart("evidence");
            for (String id : value.evidence()) {
                out.writeString(id);
            }
            out.writeEndArray();
        }
        if (value.marking().isPresent()) {
            out.writeStringField("marking", value.marking().get().name());
        }
        if (value.handling().isPresent()) {
            out.writeStringField("handling", value.handling().get().name());
        }
        if (value.sanitised().isPresent()) {
            provider.defaultSerializeField("sanitised", value.sanitised().get(), out);
        }
        out.writeEndObject();
    }
}

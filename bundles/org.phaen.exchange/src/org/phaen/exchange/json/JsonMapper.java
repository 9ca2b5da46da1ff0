/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.LocalDate;
import org.eclipse.emfcloud.jackson.module.EMFModule;
import org.eclipse.emfcloud.jackson.resource.JsonResourceFactory;

/**
 * emfjson-jackson's mapper, indented, with the plan's dates as ISO text ({@code "2019-07-31"}, as plan files
 * write them): Jackson refuses java.time values unless a module handles them, and this one is two lines.
 */
final class JsonMapper {

    private JsonMapper() {}

    static JsonResourceFactory resourceFactory() {
        ObjectMapper mapper = EMFModule.setupDefaultMapper();
        mapper.registerModule(new SimpleModule("phaen-dates")
                .addSerializer(LocalDate.class, ToStringSerializer.instance)
                .addDeserializer(LocalDate.class, new IsoDate()));
        mapper.enable(SerializationFeature.INDENT_OUTPUT);
        return new JsonResourceFactory(mapper);
    }

    private static final class IsoDate extends StdDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return LocalDate.parse(parser.getValueAsString());
        }
    }
}

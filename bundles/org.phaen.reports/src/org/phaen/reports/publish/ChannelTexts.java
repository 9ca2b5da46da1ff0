/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.publish;

import java.net.URI;
import java.util.Locale;
import org.phaen.model.ChannelKind;
import org.phaen.model.ParticipationChannel;
import org.phaen.reports.internal.content.ThaiTexts;

/** How a participation channel is shown to citizens: its kind in Thai, and a link only for web addresses. */
final class ChannelTexts {

    private ChannelTexts() {}

    static String kind(ParticipationChannel channel) {
        ChannelKind kind = channel.isSetKind() ? channel.getKind() : ChannelKind.OTHER;
        return ThaiTexts.text("channel." + kind.name());
    }

    /** The address as a link target when it is an http(s) URL; null otherwise (no javascript: or file: links). */
    static String href(ParticipationChannel channel) {
        String address = channel.getAddress();
        if (address == null) {
            return null;
        }
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    ? uri.toASCIIString()
                    : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}

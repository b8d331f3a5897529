package io.claimwatch.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Generated test articles: distinct stories with distinct words, so none is a near-duplicate of another. */
final class Articles {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] PLACES = {"Harbour City", "North Vale", "Eastbrook", "Lindenfeld", "Port Amara",
        "Sorrel Bay", "Kestrel Point", "Millbrook", "Oakridge", "Westmarch"};
    private static final String[] TOPICS = {"bridge repairs", "water prices", "school funding", "bus routes",
        "hospital staffing", "power outages", "housing permits", "flood defences", "road tolls", "port tariffs"};

    private Articles() {}

    static String article(String id, String source, String text) {
        ObjectNode o = MAPPER.createObjectNode();
        if (id != null) {
            o.put("id", id);
        }
        o.put("url", "https://" + source.toLowerCase().replace(' ', '-') + ".example/news/" + (id == null ? text.hashCode() : id));
        o.put("source", source);
        o.put("title", "Story " + id);
        o.put("published_at", "2026-03-01T10:00:00Z");
        o.put("text", text);
        return o.toString();
    }

    /** Story number n: a few sentences whose words depend on n. */
    static String storyText(int n) {
        String place = PLACES[n % PLACES.length];
        String topic = TOPICS[(n / PLACES.length) % TOPICS.length];
        return "The council of " + place + " said on day " + n + " that " + topic + " would cost " + (n * 37 + 11)
                + " million. Officials in " + place + " expect a vote on " + topic + " within " + (n % 9 + 2)
                + " weeks, according to a statement numbered " + (n * 101) + ".\n"
                + "Residents quoted " + (n * 13 + 5) + " complaints about " + topic + " since the year " + (1990 + n) + ".";
    }

    static List<String> stories(String prefix, int count) {
        return stories(prefix, count, 0);
    }

    /** Stories number first .. first+count-1: distinct numbers give distinct stories. */
    static List<String> stories(String prefix, int count, int first) {
        List<String> out = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            out.add(article(prefix + "-" + i, "Test Wire", storyText(i)));
        }
        return out;
    }
}

package org.phaen.ui.properties;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.phaen.ui.prefs.PhaenPreferences;

/** Values between the model and text fields: by the attribute's data type, and unwrapped from EMF.Edit's wrappers. */
public final class Values {

    private Values() {
    }

    /** The typed value of a text; blank is "no value"; a text that does not convert throws IllegalArgumentException. */
    public static Object fromText(EDataType type, String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            if (type.getInstanceClass() == LocalDate.class && t.contains("/")) {
                return ThaiDate.parse(t);
            }
            return EcoreUtil.createFromString(type, t);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(t, e);
        }
    }

    /** A date in the Buddhist Era (15/1/2562) when the preference says so, otherwise as the model writes it. */
    public static String toText(EDataType type, Object value) {
        if (value instanceof LocalDate date && PhaenPreferences.buddhistEra()) {
            return ThaiDate.format(date);
        }
        return value == null ? "" : EcoreUtil.convertToString(type, value);
    }

    /** d/M/yyyy with the year in B.E. (above 2400) or C.E., as Thai offices write dates. */
    static final class ThaiDate {
        private ThaiDate() {
        }

        static LocalDate parse(String text) {
            String[] dmy = text.split("/");
            if (dmy.length != 3) {
                throw new IllegalArgumentException(text);
            }
            int year = Integer.parseInt(dmy[2].strip());
            return LocalDate.of(year > 2400 ? year - 543 : year, Integer.parseInt(dmy[1].strip()), Integer.parseInt(dmy[0].strip()));
        }

        static String format(LocalDate date) {
            return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + (date.getYear() + 543);
        }
    }

    /** A descriptor's current value as the model holds it (descriptors wrap values for nested property sheets). */
    public static Object current(IItemPropertyDescriptor descriptor, Object object) {
        Object value = descriptor.getPropertyValue(object);
        return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(value) : value;
    }
}

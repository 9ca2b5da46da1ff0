package org.phaen.ui.properties;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.phaen.ui.Messages;

/** Text in, a value of the attribute's data type out (BigDecimal, int, LocalDate...); text that does not convert is refused. */
final class DataTypeCellEditor extends TextCellEditor {

    private final EDataType type;

    DataTypeCellEditor(Composite parent, EDataType type) {
        super(parent);
        this.type = type;
        setValidator(value -> {
            try {
                ItemPropertyDescriptor.fromText(type, ((String) value).strip());
                return null;
            } catch (RuntimeException e) {
                return Messages.bind(Messages.Property_notAValue, value, type.getName());
            }
        });
    }

    @Override
    protected Object doGetValue() {
        return ItemPropertyDescriptor.fromText(type, ((String) super.doGetValue()).strip());
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(ItemPropertyDescriptor.toText(type, value));
    }
}

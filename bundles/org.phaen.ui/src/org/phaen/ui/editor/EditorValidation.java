package org.phaen.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.Identified;
import org.phaen.ui.problems.ProblemMarkers;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.PlanValidator;
import org.phaen.validation.RuleContext;

/**
 * The editor's validation: everything when the plan opens and when it is saved, and after each edit only what
 * the edit can affect (the validation bundle's incremental API), shown as markers in the Problems view.
 */
final class EditorValidation {

    private final OpenPlan plan;
    private final IFile file;
    private final Language language = Platform.getNL() != null
                    && Platform.getNL().toLowerCase(Locale.ROOT).startsWith("th")
            ? Language.TH
            : Language.EN;
    private final PlanValidator validator = PlanValidator.withAllRules();
    private final LiveValidation live;

    EditorValidation(OpenPlan plan, IFile file) {
        this.plan = plan;
        this.file = file;
        this.live = new LiveValidation(
                validator, plan.domain().getResourceSet(), List.of(plan.model().eResource()));
    }

    void start() {
        markAll(live.start().findings());
    }

    void afterEdit() {
        Set<EObject> changed = live.revalidate();
        if (!changed.isEmpty()) {
            List<Finding> now = new ArrayList<>();
            changed.forEach(e -> now.addAll(live.findingsOf(e)));
            Set<String> uuids = changed.stream()
                    .map(e -> e instanceof Identified i
                            ? i.getUuid()
                            : EcoreUtil.getURI(e).fragment())
                    .collect(Collectors.toSet());
            try {
                ProblemMarkers.replaceFor(file, uuids, now, language);
            } catch (CoreException e) {
                ILog.of(getClass()).log(e.getStatus());
            }
        }
    }

    void afterSave() {
        markAll(validator
                .validate(
                        List.of(plan.model().eResource()),
                        new RuleContext(plan.domain().getResourceSet()))
                .findings());
    }

    void dispose() {
        live.dispose();
        try {
            ProblemMarkers.clear(file);
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    private void markAll(List<Finding> findings) {
        try {
            ProblemMarkers.replaceAll(file, findings, language);
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }
}

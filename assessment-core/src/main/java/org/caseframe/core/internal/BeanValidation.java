package org.caseframe.core.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import org.caseframe.core.validation.Problem;
import org.caseframe.core.validation.ProblemCode;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs Bean Validation and turns each violation into a {@link Problem} whose pointer follows the JSON names (which
 * are the record component names). Not API.
 */
public final class BeanValidation {
    // Building a factory is costly; one shared, thread-safe validator serves every call.
    private static final Validator VALIDATOR = create();

    private BeanValidation() {}

    public static List<Problem> validate(Object value) {
        return VALIDATOR.validate(value).stream()
                .map(BeanValidation::toProblem)
                .sorted(Comparator.comparing(Problem::pointer))
                .toList();
    }

    private static Problem toProblem(ConstraintViolation<?> v) {
        String pointer = pointer(v.getPropertyPath());
        String constraint =
                v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        ProblemCode code = constraint.equals("NotNull") ? ProblemCode.MISSING_FIELD : ProblemCode.INVALID_VALUE;
        return new Problem(pointer, code, v.getMessage());
    }

    static String pointer(Path path) {
        StringBuilder b = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    b.append('/').append(Pointer.escape(position.toString()));
                }
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                b.append('/').append(Pointer.escape(name));
            }
        }
        return b.toString();
    }

    private static Validator create() {
        // Parameter interpolation needs no expression-language implementation at run time.
        ValidatorFactory factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        return factory.getValidator();
    }
}

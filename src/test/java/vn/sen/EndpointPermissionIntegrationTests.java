package vn.sen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every state-changing endpoint of Sen declares the permission it needs (architecture rule). */
@SenIntegrationTest
class EndpointPermissionIntegrationTests {

    /** Endpoints that are open by design: getting a token is how one authenticates. */
    private static final Set<String> OPEN = Set.of("AuthApi.token", "AuthApi.revoke");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyStateChangingEndpointDeclaresItsPermission() {
        List<String> unguarded = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (changesState(info) && !guarded(method) && !OPEN.contains(name(method))) {
                unguarded.add(name(method) + " " + info);
            }
        });
        assertThat(unguarded).isEmpty();
        assertThat(mappings.getHandlerMethods()).isNotEmpty();
    }

    private static boolean changesState(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.stream().anyMatch(m -> m != RequestMethod.GET && m != RequestMethod.HEAD);
    }

    private static boolean guarded(HandlerMethod method) {
        return AnnotatedElementUtils.hasAnnotation(method.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class)
                || !method.getBeanType().getPackageName().startsWith("vn.sen");
    }

    private static String name(HandlerMethod method) {
        return method.getBeanType().getSimpleName() + "." + method.getMethod().getName();
    }
}

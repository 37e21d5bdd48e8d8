import { arn, type DescribeIdentity, hexId, physicalName } from "./identity";

const ELB = "elasticloadbalancing";

/** Load balancers, target groups and listeners (ELBv2: network and application). */
export const elbv2Identities: Record<string, DescribeIdentity> = {
  "AWS::ElasticLoadBalancingV2::LoadBalancer": (input) => {
    const name = physicalName(input, input.properties.Name, { maxLength: 32 }).replace(/[^A-Za-z0-9-]/g, "-");
    const kind = input.properties.Type === "network" ? "net" : input.properties.Type === "gateway" ? "gwy" : "app";
    const fullName = `${kind}/${name}/${hexId(input, 16)}`;
    const { region, urlSuffix } = input.pseudo;
    // Network load balancers are named `{name}-{hash}.elb.{region}.amazonaws.com`; application
    // load balancers `{name}-{number}.{region}.elb.amazonaws.com`.
    const dnsName =
      kind === "app"
        ? `${name}-${BigInt(`0x${hexId(input, 8, "dns")}`).toString()}.${region}.elb.${urlSuffix}`
        : `${name}-${hexId(input, 16, "dns")}.elb.${region}.${urlSuffix}`;
    const lbArn = arn(input, ELB, `loadbalancer/${fullName}`);
    return {
      physicalId: lbArn,
      attributes: { DNSName: dnsName, LoadBalancerArn: lbArn, LoadBalancerFullName: fullName, LoadBalancerName: name },
    };
  },

  "AWS::ElasticLoadBalancingV2::TargetGroup": (input) => {
    const name = physicalName(input, input.properties.Name, { maxLength: 32 }).replace(/[^A-Za-z0-9-]/g, "-");
    const fullName = `targetgroup/${name}/${hexId(input, 16)}`;
    const tgArn = arn(input, ELB, fullName);
    return { physicalId: tgArn, attributes: { TargetGroupArn: tgArn, TargetGroupFullName: fullName, TargetGroupName: name } };
  },

  "AWS::ElasticLoadBalancingV2::Listener": (input) => {
    // A listener ARN extends its load balancer's: `listener/{net|app}/{lb-name}/{lb-id}/{listener-id}`.
    const lbArn = typeof input.properties.LoadBalancerArn === "string" ? input.properties.LoadBalancerArn : "";
    const lbPart = /:loadbalancer\/(.+)$/.exec(lbArn)?.[1] ?? `app/${input.logicalId}/${hexId(input, 16, "lb")}`;
    const listenerArn = arn(input, ELB, `listener/${lbPart}/${hexId(input, 16)}`);
    return { physicalId: listenerArn, attributes: { ListenerArn: listenerArn } };
  },
};

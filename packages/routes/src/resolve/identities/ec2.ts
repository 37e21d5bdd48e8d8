import { asObject } from "../../utils/json";
import { type DescribeIdentity, hexId, type IdentityInput } from "./identity";

/** EC2 ids are a prefix and 17 hex digits (`vpc-0a1b2c3d4e5f67890`). */
function ec2Id(input: IdentityInput, prefix: string, salt = ""): string {
  return `${prefix}-${hexId(input, 17, salt)}`;
}

function simple(prefix: string, idAttribute?: string): DescribeIdentity {
  return (input) => {
    const id = ec2Id(input, prefix);
    return { physicalId: id, attributes: idAttribute ? { [idAttribute]: id } : {} };
  };
}

function availabilityZone(input: IdentityInput, value: unknown): string {
  return typeof value === "string" && value !== "" ? value : `${input.pseudo.region}a`;
}

/**
 * A private address inside the instance's subnet when the template defines that subnet's CIDR,
 * otherwise inside 10.0.0.0/24. Skips the first four addresses, which AWS reserves in every subnet.
 */
function privateIp(input: IdentityInput): string {
  const firstInterface = asObject(Array.isArray(input.properties.NetworkInterfaces) ? input.properties.NetworkInterfaces[0] : {});
  const subnetId = input.properties.SubnetId ?? firstInterface.SubnetId;
  const subnet = typeof subnetId === "string" ? input.lookup(subnetId) : undefined;
  const cidr = typeof subnet?.properties.CidrBlock === "string" ? subnet.properties.CidrBlock : "10.0.0.0/24";
  const [address = "10.0.0.0", prefixText = "24"] = cidr.split("/");
  const base = address.split(".").reduce((acc, part) => acc * 256 + Number(part), 0);
  const hostCount = 2 ** (32 - Number(prefixText));
  const offset = hostCount > 8 ? 4 + (Number.parseInt(hexId(input, 8, "ip"), 16) % (hostCount - 8)) : 1;
  const value = base + offset;
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

/** DNS names as EC2 assigns them: `ec2.internal` in us-east-1, `{region}.compute.internal` elsewhere. */
function privateDnsName(ip: string, region: string): string {
  const domain = region === "us-east-1" ? "ec2.internal" : `${region}.compute.internal`;
  return `ip-${ip.replaceAll(".", "-")}.${domain}`;
}

/** VPC networking and instances. */
export const ec2Identities: Record<string, DescribeIdentity> = {
  "AWS::EC2::VPC": (input) => {
    const id = ec2Id(input, "vpc");
    return {
      physicalId: id,
      attributes: {
        VpcId: id,
        CidrBlock: typeof input.properties.CidrBlock === "string" ? input.properties.CidrBlock : "10.0.0.0/16",
        DefaultSecurityGroup: ec2Id(input, "sg", "default"),
        DefaultNetworkAcl: ec2Id(input, "acl", "default"),
      },
    };
  },
  "AWS::EC2::Subnet": (input) => {
    const id = ec2Id(input, "subnet");
    const attributes: Record<string, string> = { SubnetId: id, AvailabilityZone: availabilityZone(input, input.properties.AvailabilityZone) };
    if (typeof input.properties.VpcId === "string") attributes.VpcId = input.properties.VpcId;
    if (typeof input.properties.CidrBlock === "string") attributes.CidrBlock = input.properties.CidrBlock;
    return { physicalId: id, attributes };
  },
  "AWS::EC2::SecurityGroup": (input) => {
    const id = ec2Id(input, "sg");
    const attributes: Record<string, string> = { GroupId: id };
    if (typeof input.properties.VpcId === "string") attributes.VpcId = input.properties.VpcId;
    return { physicalId: id, attributes };
  },
  "AWS::EC2::Instance": (input) => {
    const id = ec2Id(input, "i");
    const ip = privateIp(input);
    const publicIp = `203.0.113.${1 + (Number.parseInt(hexId(input, 4, "public"), 16) % 254)}`;
    const { region } = input.pseudo;
    return {
      physicalId: id,
      attributes: {
        InstanceId: id,
        PrivateIp: ip,
        PrivateDnsName: privateDnsName(ip, region),
        PublicIp: publicIp,
        PublicDnsName: `ec2-${publicIp.replaceAll(".", "-")}.${region === "us-east-1" ? "compute-1" : `${region}.compute`}.amazonaws.com`,
        AvailabilityZone: availabilityZone(input, input.properties.AvailabilityZone),
      },
    };
  },
  "AWS::EC2::EIP": (input) => {
    const ip = `198.51.100.${1 + (Number.parseInt(hexId(input, 4), 16) % 254)}`;
    return { physicalId: ip, attributes: { PublicIp: ip, AllocationId: ec2Id(input, "eipalloc") } };
  },
  "AWS::EC2::InternetGateway": simple("igw", "InternetGatewayId"),
  "AWS::EC2::NatGateway": simple("nat", "NatGatewayId"),
  "AWS::EC2::RouteTable": simple("rtb", "RouteTableId"),
  "AWS::EC2::NetworkAcl": simple("acl", "Id"),
  "AWS::EC2::VPCEndpoint": simple("vpce", "Id"),
  "AWS::EC2::NetworkInterface": simple("eni", "Id"),
  "AWS::EC2::SubnetRouteTableAssociation": simple("rtbassoc", "Id"),
  "AWS::EC2::VPCGatewayAttachment": simple("igw-attach"),
  "AWS::EC2::Route": simple("r-rtb"),
  "AWS::EC2::SecurityGroupIngress": simple("sgr"),
  "AWS::EC2::SecurityGroupEgress": simple("sgr"),
  "AWS::EC2::LaunchTemplate": (input) => {
    const id = ec2Id(input, "lt");
    return { physicalId: id, attributes: { LaunchTemplateId: id, DefaultVersionNumber: "1", LatestVersionNumber: "1" } };
  },
};

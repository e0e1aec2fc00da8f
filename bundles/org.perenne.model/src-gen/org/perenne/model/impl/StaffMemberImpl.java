/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.perenne.model.CostLine;
import org.perenne.model.Indexed;
import org.perenne.model.PerennePackage;
import org.perenne.model.StaffMember;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Staff Member</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.StaffMemberImpl#getIndexationRate <em>Indexation Rate</em>}</li>
 *   <li>{@link org.perenne.model.impl.StaffMemberImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.perenne.model.impl.StaffMemberImpl#getFte <em>Fte</em>}</li>
 *   <li>{@link org.perenne.model.impl.StaffMemberImpl#getGrossMonthlySalary <em>Gross Monthly Salary</em>}</li>
 *   <li>{@link org.perenne.model.impl.StaffMemberImpl#getEmployerContributionRate <em>Employer Contribution Rate</em>}</li>
 *   <li>{@link org.perenne.model.impl.StaffMemberImpl#getStartMonth <em>Start Month</em>}</li>
 *   <li>{@link org.perenne.model.impl.StaffMemberImpl#getEndMonth <em>End Month</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StaffMemberImpl extends ElementImpl implements StaffMember {
	/**
	 * The default value of the '{@link #getIndexationRate() <em>Indexation Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndexationRate()
	 * @generated
	 * @ordered
	 */
	protected static final Double INDEXATION_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndexationRate() <em>Indexation Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndexationRate()
	 * @generated
	 * @ordered
	 */
	protected Double indexationRate = INDEXATION_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected String role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFte() <em>Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFte()
	 * @generated
	 * @ordered
	 */
	protected static final double FTE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getFte() <em>Fte</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFte()
	 * @generated
	 * @ordered
	 */
	protected double fte = FTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGrossMonthlySalary() <em>Gross Monthly Salary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrossMonthlySalary()
	 * @generated
	 * @ordered
	 */
	protected static final double GROSS_MONTHLY_SALARY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getGrossMonthlySalary() <em>Gross Monthly Salary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrossMonthlySalary()
	 * @generated
	 * @ordered
	 */
	protected double grossMonthlySalary = GROSS_MONTHLY_SALARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmployerContributionRate() <em>Employer Contribution Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployerContributionRate()
	 * @generated
	 * @ordered
	 */
	protected static final double EMPLOYER_CONTRIBUTION_RATE_EDEFAULT = 0.42;

	/**
	 * The cached value of the '{@link #getEmployerContributionRate() <em>Employer Contribution Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployerContributionRate()
	 * @generated
	 * @ordered
	 */
	protected double employerContributionRate = EMPLOYER_CONTRIBUTION_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartMonth() <em>Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int START_MONTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStartMonth() <em>Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartMonth()
	 * @generated
	 * @ordered
	 */
	protected int startMonth = START_MONTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndMonth() <em>End Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndMonth()
	 * @generated
	 * @ordered
	 */
	protected static final Integer END_MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndMonth() <em>End Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndMonth()
	 * @generated
	 * @ordered
	 */
	protected Integer endMonth = END_MONTH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StaffMemberImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.STAFF_MEMBER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getIndexationRate() {
		return indexationRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndexationRate(Double newIndexationRate) {
		Double oldIndexationRate = indexationRate;
		indexationRate = newIndexationRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.STAFF_MEMBER__INDEXATION_RATE, oldIndexationRate, indexationRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(String newRole) {
		String oldRole = role;
		role = newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.STAFF_MEMBER__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFte() {
		return fte;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFte(double newFte) {
		double oldFte = fte;
		fte = newFte;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.STAFF_MEMBER__FTE, oldFte, fte));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGrossMonthlySalary() {
		return grossMonthlySalary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrossMonthlySalary(double newGrossMonthlySalary) {
		double oldGrossMonthlySalary = grossMonthlySalary;
		grossMonthlySalary = newGrossMonthlySalary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.STAFF_MEMBER__GROSS_MONTHLY_SALARY, oldGrossMonthlySalary, grossMonthlySalary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEmployerContributionRate() {
		return employerContributionRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmployerContributionRate(double newEmployerContributionRate) {
		double oldEmployerContributionRate = employerContributionRate;
		employerContributionRate = newEmployerContributionRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.STAFF_MEMBER__EMPLOYER_CONTRIBUTION_RATE, oldEmployerContributionRate, employerContributionRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStartMonth() {
		return startMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartMonth(int newStartMonth) {
		int oldStartMonth = startMonth;
		startMonth = newStartMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.STAFF_MEMBER__START_MONTH, oldStartMonth, startMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getEndMonth() {
		return endMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndMonth(Integer newEndMonth) {
		Integer oldEndMonth = endMonth;
		endMonth = newEndMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.STAFF_MEMBER__END_MONTH, oldEndMonth, endMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.STAFF_MEMBER__INDEXATION_RATE:
				return getIndexationRate();
			case PerennePackage.STAFF_MEMBER__ROLE:
				return getRole();
			case PerennePackage.STAFF_MEMBER__FTE:
				return getFte();
			case PerennePackage.STAFF_MEMBER__GROSS_MONTHLY_SALARY:
				return getGrossMonthlySalary();
			case PerennePackage.STAFF_MEMBER__EMPLOYER_CONTRIBUTION_RATE:
				return getEmployerContributionRate();
			case PerennePackage.STAFF_MEMBER__START_MONTH:
				return getStartMonth();
			case PerennePackage.STAFF_MEMBER__END_MONTH:
				return getEndMonth();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PerennePackage.STAFF_MEMBER__INDEXATION_RATE:
				setIndexationRate((Double)newValue);
				return;
			case PerennePackage.STAFF_MEMBER__ROLE:
				setRole((String)newValue);
				return;
			case PerennePackage.STAFF_MEMBER__FTE:
				setFte((Double)newValue);
				return;
			case PerennePackage.STAFF_MEMBER__GROSS_MONTHLY_SALARY:
				setGrossMonthlySalary((Double)newValue);
				return;
			case PerennePackage.STAFF_MEMBER__EMPLOYER_CONTRIBUTION_RATE:
				setEmployerContributionRate((Double)newValue);
				return;
			case PerennePackage.STAFF_MEMBER__START_MONTH:
				setStartMonth((Integer)newValue);
				return;
			case PerennePackage.STAFF_MEMBER__END_MONTH:
				setEndMonth((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PerennePackage.STAFF_MEMBER__INDEXATION_RATE:
				setIndexationRate(INDEXATION_RATE_EDEFAULT);
				return;
			case PerennePackage.STAFF_MEMBER__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case PerennePackage.STAFF_MEMBER__FTE:
				setFte(FTE_EDEFAULT);
				return;
			case PerennePackage.STAFF_MEMBER__GROSS_MONTHLY_SALARY:
				setGrossMonthlySalary(GROSS_MONTHLY_SALARY_EDEFAULT);
				return;
			case PerennePackage.STAFF_MEMBER__EMPLOYER_CONTRIBUTION_RATE:
				setEmployerContributionRate(EMPLOYER_CONTRIBUTION_RATE_EDEFAULT);
				return;
			case PerennePackage.STAFF_MEMBER__START_MONTH:
				setStartMonth(START_MONTH_EDEFAULT);
				return;
			case PerennePackage.STAFF_MEMBER__END_MONTH:
				setEndMonth(END_MONTH_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PerennePackage.STAFF_MEMBER__INDEXATION_RATE:
				return INDEXATION_RATE_EDEFAULT == null ? indexationRate != null : !INDEXATION_RATE_EDEFAULT.equals(indexationRate);
			case PerennePackage.STAFF_MEMBER__ROLE:
				return ROLE_EDEFAULT == null ? role != null : !ROLE_EDEFAULT.equals(role);
			case PerennePackage.STAFF_MEMBER__FTE:
				return fte != FTE_EDEFAULT;
			case PerennePackage.STAFF_MEMBER__GROSS_MONTHLY_SALARY:
				return grossMonthlySalary != GROSS_MONTHLY_SALARY_EDEFAULT;
			case PerennePackage.STAFF_MEMBER__EMPLOYER_CONTRIBUTION_RATE:
				return employerContributionRate != EMPLOYER_CONTRIBUTION_RATE_EDEFAULT;
			case PerennePackage.STAFF_MEMBER__START_MONTH:
				return startMonth != START_MONTH_EDEFAULT;
			case PerennePackage.STAFF_MEMBER__END_MONTH:
				return END_MONTH_EDEFAULT == null ? endMonth != null : !END_MONTH_EDEFAULT.equals(endMonth);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == CostLine.class) {
			switch (derivedFeatureID) {
				default: return -1;
			}
		}
		if (baseClass == Indexed.class) {
			switch (derivedFeatureID) {
				case PerennePackage.STAFF_MEMBER__INDEXATION_RATE: return PerennePackage.INDEXED__INDEXATION_RATE;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == CostLine.class) {
			switch (baseFeatureID) {
				default: return -1;
			}
		}
		if (baseClass == Indexed.class) {
			switch (baseFeatureID) {
				case PerennePackage.INDEXED__INDEXATION_RATE: return PerennePackage.STAFF_MEMBER__INDEXATION_RATE;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (indexationRate: ");
		result.append(indexationRate);
		result.append(", role: ");
		result.append(role);
		result.append(", fte: ");
		result.append(fte);
		result.append(", grossMonthlySalary: ");
		result.append(grossMonthlySalary);
		result.append(", employerContributionRate: ");
		result.append(employerContributionRate);
		result.append(", startMonth: ");
		result.append(startMonth);
		result.append(", endMonth: ");
		result.append(endMonth);
		result.append(')');
		return result.toString();
	}

} //StaffMemberImpl
